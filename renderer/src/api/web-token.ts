const STORAGE_KEY = 'cabina.token';

export interface TokenEnv {
  location: Pick<Location, 'href'>;
  history: Pick<History, 'replaceState' | 'state'>;
  sessionStorage: Pick<Storage, 'getItem' | 'setItem'>;
}

/**
 * Browser mode: the server prints `http://127.0.0.1:PORT/?token=T`. Take the token once, keep it for
 * this tab (reloads keep working) and drop it from the address bar so it is not bookmarked,
 * screenshotted or sent as a Referer.
 */
export function takeToken(env: TokenEnv): string {
  const url = new URL(env.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    env.sessionStorage.setItem(STORAGE_KEY, fromUrl);
    url.searchParams.delete('token');
    env.history.replaceState(env.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return env.sessionStorage.getItem(STORAGE_KEY) ?? '';
}
