/**
 * Tells the site's other open tabs about a decision, so their banners close and their gating or
 * clean-up follows without a reload. BroadcastChannel carries it at once; where it is missing the
 * other tabs re-read the consent cookie when they become visible or gain focus.
 */
export interface CrossTab {
  post(value: string): void;
  stop(): void;
}

export function createCrossTab(
  win: Window,
  channelName: string,
  onValue: (value: string | undefined) => void,
): CrossTab {
  let channel: BroadcastChannel | null = null;
  try {
    channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName) : null;
  } catch {
    channel = null; // opaque origins (sandboxed iframes) refuse channels
  }
  const onMessage = (e: MessageEvent) => onValue(typeof e.data === 'string' ? e.data : undefined);
  const recheck = () => {
    if (win.document.visibilityState !== 'hidden') onValue(undefined);
  };
  channel?.addEventListener('message', onMessage);
  win.addEventListener('focus', recheck);
  win.document.addEventListener('visibilitychange', recheck);
  return {
    post(value) {
      try {
        channel?.postMessage(value);
      } catch {
        /* a closed channel: the other tabs catch up on focus */
      }
    },
    stop() {
      channel?.removeEventListener('message', onMessage);
      channel?.close();
      win.removeEventListener('focus', recheck);
      win.document.removeEventListener('visibilitychange', recheck);
    },
  };
}
