/**
 * Which record a view shows, and whether a hosted one may be fetched. Pure: the page's address
 * is passed in.
 *
 * A view names at most one record: a hosted file (`src`), a file opened from this device
 * (`file`), or a built-in dataset (`dataset`, or the default one). When a link names several,
 * `src` wins, then `file`.
 */
import { DEFAULT_VIEW_STATE, type ViewState } from './view-state';

export type RecordRef =
  | { kind: 'bundled'; id: string | null }
  | { kind: 'hosted'; src: string }
  | { kind: 'local'; key: string };

export function recordRefOf(state: Pick<ViewState, 'dataset' | 'src' | 'file'>): RecordRef {
  if (state.src !== null) return { kind: 'hosted', src: state.src };
  if (state.file !== null) return { kind: 'local', key: state.file };
  return { kind: 'bundled', id: state.dataset };
}

/** The parameters a link names besides the one that wins, to report as ignored. */
export function shadowedRecordParams(state: Pick<ViewState, 'dataset' | 'src' | 'file'>): string[] {
  const named = (['src', 'file', 'dataset'] as const).filter((k) => state[k] !== null);
  return named.slice(1).map((k) => `${k}=${state[k] ?? ''}`);
}

/**
 * The view for opening a record: the record, and nothing of the last one's filters, window or
 * open event (their ids belong to the other record); the view mode is kept.
 */
export function viewForRecord(current: ViewState, ref: RecordRef): ViewState {
  return {
    ...DEFAULT_VIEW_STATE,
    view: current.view,
    dataset: ref.kind === 'bundled' ? ref.id : null,
    src: ref.kind === 'hosted' ? ref.src : null,
    file: ref.kind === 'local' ? ref.key : null,
  };
}

export type SourceCheck = { ok: true; url: string } | { ok: false; message: string };

/** Keeps a refusal readable when the address is long or hostile. */
function shown(raw: string): string {
  return raw.length > 80 ? `${raw.slice(0, 79)}…` : raw;
}

/**
 * Whether `src` may be fetched from the page at `pageHref`: https anywhere (the host must allow
 * it with CORS), or any address on the page's own origin, including a relative path. Everything
 * else — http on another host, file:, data:, javascript: — is refused with the reason.
 */
export function checkSourceUrl(raw: string, pageHref: string): SourceCheck {
  let url: URL;
  let page: URL;
  try {
    page = new URL(pageHref);
    url = new URL(raw, page);
  } catch {
    return { ok: false, message: `Did not open "${shown(raw)}": it is not a web address.` };
  }
  if (url.username || url.password) {
    return {
      ok: false,
      message: `Did not open "${shown(raw)}": addresses with a user name or password are not opened.`,
    };
  }
  if (url.origin === page.origin || url.protocol === 'https:') {
    url.hash = '';
    return { ok: true, url: url.href };
  }
  const why =
    url.protocol === 'http:'
      ? 'it is not a secure (https://) address'
      : `"${url.protocol}" addresses are never opened`;
  return {
    ok: false,
    message: `Did not open "${shown(raw)}": ${why}. Stanceline opens hosted files only over https:// or from this site.`,
  };
}
