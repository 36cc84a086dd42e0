import { lazy, useState, type ComponentType } from 'react';

/**
 * An area whose code loads apart from the app's, with a prefetch. React.lazy alone shows its
 * Suspense fallback on the first render even when the code is already in the module cache (its
 * promise is still pending for a moment), so an area fetched ahead is rendered straight from the
 * loaded component instead; one fetched on demand still suspends as before. `load` is the one
 * dynamic import() both paths share.
 */
export function lazyArea<P extends object>(load: () => Promise<ComponentType<P>>): { Area: ComponentType<P>; prefetch: () => Promise<unknown> } {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const fetch = () =>
    (pending ??= load().then(
      (c) => (loaded = c),
      (e: unknown) => {
        pending = undefined; // a failed fetch (an update on disk, a hiccup) is tried again next time
        throw e;
      },
    ));
  const Lazy = lazy(() => fetch().then((c) => ({ default: c })));
  function Area(props: P) {
    // Chosen once per mount, so an area opened while its code was on the way is never remounted.
    const [C] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <C {...props} />;
  }
  return { Area, prefetch: () => fetch().catch(() => undefined) };
}
