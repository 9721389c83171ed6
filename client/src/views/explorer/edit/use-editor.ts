// Whether this browser holds an editor token (edit controls show only then), kept current, also
// when another tab signs in or out.
import { useEffect, useState } from 'react';
import { getToken, onTokenChange } from '../../../api/token';

export function useHasToken(): boolean {
  const [has, setHas] = useState(() => getToken() !== null);
  useEffect(() => {
    setHas(getToken() !== null);
    const onStorage = (event: StorageEvent) => {
      if (event.key === 'atlas.token' || event.key === null) setHas(getToken() !== null);
    };
    window.addEventListener('storage', onStorage);
    const unsubscribe = onTokenChange((token) => setHas(token !== null));
    return () => {
      window.removeEventListener('storage', onStorage);
      unsubscribe();
    };
  }, []);
  return has;
}
