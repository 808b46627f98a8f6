import type { ReactNode } from 'react';

/**
 * One section of the page: a region named by its heading. It takes focus when reached from the
 * nav's in-page link, so keyboard and screen reader users land where sighted users look.
 */
export function Section({ id, title, intro, children }: { id: string; title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <section id={id} className="options-section" aria-labelledby={`${id}-title`} tabIndex={-1}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro && <p className="section-intro">{intro}</p>}
      {children}
    </section>
  );
}
