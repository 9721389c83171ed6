import { Text, UnstyledButton } from '@mantine/core';
import { useI18n } from '../../i18n';

/** Initiatives without coordinates, beside the map: each opens its details like a marker does. */
export function Unlocated({
  list,
  selected,
  onSelect,
}: {
  list: { id: string; name: string; region: string | null }[];
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useI18n();
  return (
    <section className="map-unlocated" aria-label={t('map.unlocated', { n: list.length })} data-testid="unlocated">
      <Text size="sm" fw={600}>
        {t('map.unlocated', { n: list.length })}
      </Text>
      <Text size="xs" c="dimmed" mb={6}>
        {list.length ? t('map.unlocatedHint') : t('map.unlocatedNone')}
      </Text>
      <ul>
        {list.map((u) => (
          <li key={u.id}>
            <UnstyledButton
              className={u.id === selected ? 'map-unlocated-item selected' : 'map-unlocated-item'}
              onClick={() => onSelect(u.id)}
              data-testid="unlocated-item"
            >
              <span>{u.name}</span>
              {u.region && <span className="map-unlocated-region">{u.region}</span>}
            </UnstyledButton>
          </li>
        ))}
      </ul>
    </section>
  );
}
