/**
 * The few DOM writes the frame loop makes outside React — CSS variables, a class, data
 * attributes, the pointer cursor — named in one place. They touch elements React rendered but
 * never the attributes React manages, so the two never overwrite each other.
 */

/** The live zoom transform, for overlay elements placed with `calc(var(--bx) * var(--k) …)`. */
export function writeTransformVars(el: HTMLElement, k: number, x: number): void {
  el.style.setProperty('--k', String(k));
  el.style.setProperty('--tx', String(x));
}

export function writeData(el: HTMLElement, key: string, value: string): void {
  if (el.dataset[key] !== value) el.dataset[key] = value;
}

export function writeClass(el: HTMLElement, name: string, on: boolean): void {
  el.classList.toggle(name, on);
}

export function writeCursor(el: HTMLElement, cursor: string): void {
  if (el.style.cursor !== cursor) el.style.cursor = cursor;
}
