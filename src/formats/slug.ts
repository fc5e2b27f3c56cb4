/**
 * Kebab-case ids from the names a file uses ("Music career" → `music-career`), unique within
 * their kind. Letters lose their accents (é → e); names with no Latin letters or digits at all
 * fall back to a numbered id, so every event still gets a stable, link-safe id.
 */

const MAX_LENGTH = 60;

export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_LENGTH) return slug;
  const cut = slug.slice(0, MAX_LENGTH);
  const hyphen = cut.lastIndexOf('-');
  return (hyphen > MAX_LENGTH / 2 ? cut.slice(0, hyphen) : cut).replace(/-+$/, '');
}

/** Hands out ids: `take('Rafah')` → `rafah`, then `rafah-2`, `rafah-3`… */
export class IdPool {
  private readonly used = new Set<string>();
  constructor(private readonly fallback: string) {}

  take(...candidates: Array<string | undefined>): string {
    const base =
      candidates.map((c) => (c === undefined ? '' : slugify(c))).find((s) => s !== '') ??
      `${this.fallback}-${this.used.size + 1}`;
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}
