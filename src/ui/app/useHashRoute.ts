import { useCallback, useEffect, useState } from 'react';
import { hashFor, parseRoute, type Route } from './parseRoute';

export type Navigate = (route: Route, options?: { replace?: boolean }) => void;

/**
 * The route in the URL hash, kept in React state. Navigating pushes a history entry (Back returns
 * to the library) unless `replace` is set (start-up redirects must not trap the Back button).
 */
export function useHashRoute(): [Route, Navigate] {
  const [hash, setHash] = useState(() => window.location.hash);

  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);

  const navigate = useCallback<Navigate>((route, { replace = false } = {}) => {
    const next = hashFor(route);
    if (replace) window.history.replaceState(window.history.state, '', next);
    else if (window.location.hash !== next) window.history.pushState(window.history.state, '', next);
    setHash(next);
  }, []);

  return [parseRoute(hash), navigate];
}
