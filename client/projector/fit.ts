/** Fitting text and lists to the projector's screen, so nothing overflows whatever their length. */
import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The largest font size, from `max` down to `min` pixels, at which the element's text fits its box; at
 * `min`, the text that still does not fit is cut after whole lines (the phones carry the full text).
 */
export function useFittedFont(ref: RefObject<HTMLElement | null>, text: string, max: number, min: number): number {
  const [size, setSize] = useState(max);
  useLayoutEffect(() => {
    const el = ref.current;
    const box = el?.parentElement;
    if (!el || !box) return;
    const fits = (px: number) => {
      el.style.fontSize = `${px}px`;
      return el.scrollHeight <= box.clientHeight;
    };
    const fit = () => {
      el.style.webkitLineClamp = '';
      el.style.display = '';
      let lo = min;
      let hi = max;
      if (fits(hi)) return setSize(hi);
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (fits(mid)) lo = mid;
        else hi = mid;
      }
      if (!fits(lo)) {
        // Still too long at the smallest size: whole lines only, the last one ending in an ellipsis.
        const lineHeight = parseFloat(getComputedStyle(el).lineHeight);
        el.style.display = '-webkit-box';
        el.style.webkitBoxOrient = 'vertical';
        el.style.webkitLineClamp = String(Math.max(1, Math.floor(box.clientHeight / lineHeight)));
      }
      setSize(lo);
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(box);
    return () => observer.disconnect();
  }, [text, max, min]);
  return size;
}

/** How many of a list's items fit whole in its box; the rest are not shown rather than cut. */
export function useItemsThatFit(ref: RefObject<HTMLElement | null>, key: string, total: number): number {
  const [count, setCount] = useState(total);
  useLayoutEffect(() => {
    const list = ref.current;
    if (!list) return;
    const measure = () => {
      const items = Array.from(list.children) as HTMLElement[];
      for (const item of items) item.hidden = false;
      const bottom = list.getBoundingClientRect().bottom;
      let fits = 0;
      for (const item of items) {
        if (item.getBoundingClientRect().bottom > bottom + 0.5) break;
        fits += 1;
      }
      for (const [i, item] of items.entries()) item.hidden = i >= fits;
      setCount(fits);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(list);
    return () => observer.disconnect();
  }, [key, total]);
  return count;
}
