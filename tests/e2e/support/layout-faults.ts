import type { Page } from 'playwright-core';

/**
 * What a longer translation breaks on the page in view (issue #15 §3), measured in the page:
 * - a text element whose text is wider than its box (`scrollWidth > clientWidth`) and cut by it;
 * - a select whose shown option is cut (a select never reports that through scrollWidth);
 * - the page itself wider than the window (a horizontal scrollbar at 1366 px).
 * A box that scrolls on purpose (overflow auto/scroll) is not a fault: its text can be reached.
 */
export function layoutFaults(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    // Text hidden for screen readers only (.sr-only, a 1 px box) is clipped on purpose.
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 1 && box.height > 1 && getComputedStyle(el).visibility !== 'hidden';
    };
    const name = (el: HTMLElement) => {
      const text = (el.textContent ?? '').trim().slice(0, 40);
      return `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${text}"`;
    };
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (!visible(el) || el.closest('[aria-hidden="true"], svg, script, style')) continue;
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
      const style = getComputedStyle(el);
      const scrolls = /auto|scroll/.test(style.overflowX);
      if (ownText && el.clientWidth > 0 && !scrolls && el.scrollWidth > el.clientWidth + 1) out.push(`${name(el)} overflows (${el.scrollWidth} > ${el.clientWidth})`);
      if (el instanceof HTMLSelectElement && el.selectedOptions[0]) {
        // A width:auto select holding only the shown option sizes itself to what that text needs.
        const probe = document.createElement('select');
        const option = document.createElement('option');
        option.text = el.selectedOptions[0].text;
        probe.append(option);
        probe.style.cssText = 'position:absolute;visibility:hidden;width:auto;min-width:0;max-width:none';
        el.parentElement?.append(probe);
        const needed = probe.getBoundingClientRect().width;
        probe.remove();
        const has = el.getBoundingClientRect().width;
        if (needed > has + 0.5) out.push(`${name(el)} shown option cut: "${option.text}" needs ${Math.round(needed)}px, has ${Math.round(has)}px`);
      }
    }
    const page = document.documentElement;
    if (page.scrollWidth > window.innerWidth + 1) out.push(`page wider than the window (${page.scrollWidth} > ${window.innerWidth})`);
    return out;
  });
}
