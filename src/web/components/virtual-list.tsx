/** @module A windowed list of fixed-height rows: thousands of rows, a few dozen in the DOM. */
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { computeWindow } from './compute-window.js';

export interface VirtualListProps<T> {
  items: readonly T[];
  rowHeight: number;
  /** Height of the scrolling viewport in pixels. */
  height: number;
  label: string;
  keyOf: (item: T) => string;
  renderRow: (item: T, index: number) => ReactNode;
}

export function VirtualList<T>({
  items,
  rowHeight,
  height,
  label,
  keyOf,
  renderRow,
}: VirtualListProps<T>) {
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const shownHeight = Math.min(height, Math.max(rowHeight, items.length * rowHeight));
  const window = computeWindow(scrollTop, shownHeight, rowHeight, items.length);

  // Keep a focused row reachable: when keyboard focus moves into a row outside the window, scroll to it.
  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const onFocus = (event: FocusEvent) => {
      const target = event.target as HTMLElement;
      // Keyboard focus only: scrolling under a mouse press would move the button away before mouseup.
      if (!target.matches(':focus-visible')) return;
      target.closest<HTMLElement>('[data-row]')?.scrollIntoView({ block: 'nearest' });
    };
    element.addEventListener('focusin', onFocus);
    return () => element.removeEventListener('focusin', onFocus);
  }, []);

  return (
    <div
      ref={viewport}
      className="virtual-list"
      style={{ height: shownHeight }}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <ol
        aria-label={label}
        className="virtual-list-body"
        style={{ height: items.length * rowHeight, paddingTop: window.offset }}
      >
        {items.slice(window.start, window.end).map((item, i) => (
          <li
            key={keyOf(item)}
            data-row
            aria-setsize={items.length}
            aria-posinset={window.start + i + 1}
            style={{ height: rowHeight }}
          >
            {renderRow(item, window.start + i)}
          </li>
        ))}
      </ol>
    </div>
  );
}
