import type { ButtonHTMLAttributes } from 'react';

/** The three kinds a page may show (assets/controls.css): neutral by default, one primary, destructive. */
export type ButtonKind = 'primary' | 'neutral' | 'destructive';

/** The class of a button of `kind`, for the rare control that must stay an <a> or a <summary>. */
export function buttonClass(kind: ButtonKind, extra?: string): string {
  const base = kind === 'neutral' ? 'pc-btn' : `pc-btn pc-btn-${kind}`;
  return extra ? `${base} ${extra}` : base;
}

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { kind?: ButtonKind };

/** A <button> of one of the three kinds; `type` defaults to "button" so no form is sent by accident. */
export function Button({ kind = 'neutral', className, type = 'button', ...rest }: Props) {
  return <button type={type} className={buttonClass(kind, className)} {...rest} />;
}
