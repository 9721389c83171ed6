// Checks an API token before it is kept: a harmless write (removing an influence between two ids that
// cannot exist) answers NOT_FOUND to an editor, FORBIDDEN to a viewer, UNAUTHENTICATED to a wrong token.
import { EditDeleteInfluenceDocument } from '../api/generated/graphql';

export type TokenVerdict = 'editor' | 'viewer' | 'invalid' | { unreachable: string };

const PROBE = '~token-check~';

/** The verdict on the API's answer to the probe (pure, unit-tested). */
export function tokenVerdict(status: number, errors: { extensions?: { code?: string } }[] | undefined): TokenVerdict {
  const code = errors?.[0]?.extensions?.code;
  if (code === 'NOT_FOUND') return 'editor';
  if (code === 'FORBIDDEN') return 'viewer';
  if (code === 'UNAUTHENTICATED') return 'invalid';
  return { unreachable: code ? `the API answered ${code}` : `the API answered HTTP ${status}` };
}

/** Verdicts already given in this page (by token), so moving between pages does not ask again. */
const known = new Map<string, TokenVerdict>();

/** The kept token's verdict, asked of the API once per page load and token. */
export async function checkKeptToken(token: string): Promise<TokenVerdict> {
  const cached = known.get(token);
  if (cached) return cached;
  const verdict = await checkToken(token);
  if (typeof verdict === 'string') known.set(token, verdict);
  return verdict;
}

export async function checkToken(token: string): Promise<TokenVerdict> {
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token.trim()}` },
      body: JSON.stringify({
        query: EditDeleteInfluenceDocument.toString(),
        variables: { fromActorId: PROBE, toActorId: PROBE },
      }),
    });
    const body = (await response.json().catch(() => ({}))) as { errors?: { extensions?: { code?: string } }[] };
    return tokenVerdict(response.status, body.errors);
  } catch (error) {
    return { unreachable: error instanceof Error ? error.message : String(error) };
  }
}
