// Who the kept token belongs to (`me`): asked of the API once per token and page load, shared by the
// header, the admin page and the undo notice (which reads the newest change by this name).
import { useEffect, useState } from 'react';
import { MeDocument, type MeQuery } from '../api/generated/graphql';
import { request } from '../api/request';
import { useHasToken } from './hooks';
import { getToken } from './token';

export type Me = NonNullable<MeQuery['me']>;

let cached: { token: string; answer: Promise<Me | null> } | null = null;

/** The signed-in name and role; null without a token or when the API does not take it. */
export function fetchMe(): Promise<Me | null> {
  const token = getToken();
  if (!token) return Promise.resolve(null);
  if (cached?.token !== token) {
    const answer = request(MeDocument, {}).then(
      (d) => d.me ?? null,
      () => {
        cached = null; // asked again next time (the API may have been down)
        return null;
      },
    );
    cached = { token, answer };
  }
  return cached.answer;
}

/** `me` kept current with the sign-in: undefined while asked, null when nobody is signed in. */
export function useMe(): Me | null | undefined {
  const signedIn = useHasToken();
  const [me, setMe] = useState<{ token: string | null; me: Me | null } | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const token = getToken();
    void fetchMe().then((answer) => {
      if (live) setMe({ token, me: answer });
    });
    return () => {
      live = false;
    };
  }, [signedIn]);
  if (!signedIn) return null;
  return me && me.token === getToken() ? me.me : undefined;
}
