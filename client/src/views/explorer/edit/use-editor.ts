// Whether this browser holds an editor token (edit controls show only then), kept current.
import { useEffect, useState } from 'react';
import { getToken, onTokenChange } from '../../../api/token';

export function useHasToken(): boolean {
  const [has, setHas] = useState(() => getToken() !== null);
  useEffect(() => {
    setHas(getToken() !== null);
    return onTokenChange((token) => setHas(token !== null));
  }, []);
  return has;
}
