import { h } from 'preact';

/** Props of {@link FloatingButton}. */
export interface FloatingButtonProps {
  label: string;
  onClick: () => void;
  /** Which bottom corner, in the writing direction: `start` (the reopen control) or `end`. */
  corner: 'start' | 'end';
}

/**
 * A small control fixed in a bottom corner of every page once a decision exists: the way back
 * to the preferences (ICO: withdrawing as easy as consenting, GDPR art. 7(3)), or the statistics
 * exception's objection (PECR Sch. A1 para. 5). Its name is its visible text (WCAG 2.5.3).
 */
export function FloatingButton({ label, onClick, corner }: FloatingButtonProps) {
  return (
    <button
      type="button"
      class={corner === 'end' ? 'floating floating--end' : 'floating'}
      data-part="floating"
      onClick={onClick}
    >
      {label}
    </button>
  );
}
