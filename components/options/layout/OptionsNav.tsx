import { SECTIONS } from './sections';

/** In-page links to every section; following one moves focus to that section (see Section). */
export function OptionsNav() {
  return (
    <nav className="options-nav" aria-label="Sections">
      <ul>
        {SECTIONS.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{section.title}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
