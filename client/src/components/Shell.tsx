import {
  ActionIcon,
  AppShell,
  Burger,
  Group,
  SegmentedControl,
  Title,
  Tooltip,
  useComputedColorScheme,
  useMantineColorScheme,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { useI18n, type MessageKey } from '../i18n';
import { EditorToken } from '../auth/EditorToken';
import { useMe } from '../auth/me';
import { WhoAmI } from '../auth/WhoAmI';
import { UndoNotices } from '../history/UndoNotices';
import { ProposalsNavLink } from './ProposalsNavLink';

const PAGES: { path: string; key: MessageKey }[] = [
  { path: '/', key: 'nav.overview' },
  { path: '/explorer', key: 'nav.explorer' },
  { path: '/map', key: 'nav.map' },
  { path: '/diffusion', key: 'nav.diffusion' },
  { path: '/radar', key: 'nav.radar' },
  { path: '/rankings', key: 'nav.rankings' },
  { path: '/data', key: 'nav.data' },
  { path: '/changes', key: 'nav.changes' },
];

/** Pages for admins only (shown in the nav when the signed-in token is an admin's). */
const ADMIN_PAGES: { path: string; key: MessageKey }[] = [{ path: '/admin/tokens', key: 'nav.tokens' }];

/** The pages, with the admin's for an admin. */
function PageNav() {
  const { t } = useI18n();
  const me = useMe();
  const pages = me?.role === 'ADMIN' ? [...PAGES, ...ADMIN_PAGES] : PAGES;
  return (
    <nav aria-label="Pages" className="page-nav">
      {pages.map((p) => (
        <NavLink
          key={p.path}
          to={p.path}
          end={p.path === '/'}
          className={({ isActive }) => (isActive ? 'nav-link active' : 'nav-link')}
        >
          {t(p.key)}
        </NavLink>
      ))}
      <ProposalsNavLink />
    </nav>
  );
}

export interface ShellProps {
  children: ReactNode;
  /** left panel (filters); collapses behind the burger on narrow screens */
  navbar?: ReactNode;
  navbarOpen?: boolean;
  onToggleNavbar?: () => void;
  /** right drawer (details) */
  aside?: ReactNode;
  asideOpen?: boolean;
  /** the main area scrolls itself (pages) or not at all (the canvas) */
  fixed?: boolean;
}

/** Header with product name, nav, language and theme; optional filters panel and details drawer. */
export function Shell({
  children,
  navbar,
  navbarOpen = false,
  onToggleNavbar,
  aside,
  asideOpen = false,
  fixed = false,
}: ShellProps) {
  const { t, lang, setLang } = useI18n();
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  return (
    <AppShell
      header={{ height: { base: 96, sm: 56 } }}
      navbar={navbar ? { width: 270, breakpoint: 'sm', collapsed: { mobile: !navbarOpen } } : undefined}
      aside={aside ? { width: 340, breakpoint: 'md', collapsed: { desktop: false, mobile: !asideOpen } } : undefined}
      padding={0}
    >
      <AppShell.Header>
        <Group h="100%" px="md" gap="md" wrap="nowrap" className="shell-header">
          {navbar && (
            <Burger opened={navbarOpen} onClick={onToggleNavbar} hiddenFrom="sm" size="sm" aria-label={t('filters')} />
          )}
          <Title order={1} className="product-name">
            {t('product')}
          </Title>
          <PageNav />
          <Group gap="xs" wrap="nowrap" ml="auto">
            <WhoAmI />
            <EditorToken />
            <SegmentedControl
              size="xs"
              value={lang}
              onChange={(v) => setLang(v === 'nl' ? 'nl' : 'en')}
              data={[
                { value: 'en', label: 'EN' },
                { value: 'nl', label: 'NL' },
              ]}
              aria-label="Language"
            />
            <Tooltip label={scheme === 'dark' ? t('theme_light') : t('theme_dark')}>
              <ActionIcon
                variant="default"
                size="md"
                aria-label={scheme === 'dark' ? t('theme_light') : t('theme_dark')}
                onClick={() => setColorScheme(scheme === 'dark' ? 'light' : 'dark')}
              >
                {scheme === 'dark' ? '☀' : '☾'}
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
      </AppShell.Header>
      {navbar && (
        <AppShell.Navbar p="md" className="panel">
          {navbar}
        </AppShell.Navbar>
      )}
      {aside && (
        <AppShell.Aside p="md" className="panel">
          {aside}
        </AppShell.Aside>
      )}
      <AppShell.Main className={fixed ? 'main-fixed' : 'main-scroll'}>{children}</AppShell.Main>
      <UndoNotices />
    </AppShell>
  );
}
