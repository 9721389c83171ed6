import { NavLink } from 'react-router';
import { PendingProposalCountDocument } from '../api/generated/graphql';
import { useQuery } from '../api/useQuery';
import { useHasToken } from '../auth/hooks';
import { useI18n } from '../i18n';

/** "Proposals" in the nav, for a browser holding a token, with the number pending (a badge with its words for screen readers). */
export function ProposalsNavLink() {
  const { t } = useI18n();
  const signedIn = useHasToken();
  const count = useQuery(PendingProposalCountDocument, {}, !signedIn);
  if (!signedIn) return null;
  const n = count.status === 'ready' ? count.data.pendingProposalCount : 0;
  return (
    <NavLink
      to="/proposals"
      className={({ isActive }) => (isActive ? 'nav-link active' : 'nav-link')}
      data-testid="nav-proposals"
    >
      {t('nav.proposals')}
      {n > 0 && (
        <span className="nav-badge" aria-label={t('nav.proposalsPending', { n })} data-testid="proposals-badge">
          {n}
        </span>
      )}
    </NavLink>
  );
}
