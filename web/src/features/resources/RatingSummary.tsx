import { Group, Rating, Text } from '@mantine/core';

type Props = {
  average: number | null;
  /** How many ratings the average is of; left out where it is not known. */
  ratings?: number;
  /** Leaves out the number of ratings, for tight places. */
  compact?: boolean;
  size?: 'xs' | 'sm' | 'md';
  /** What to say when there is no rating. */
  none?: string;
};

/** "★★★★☆ 4.3 / 5 (12)": stars for a glance, the number for a comparison. */
export function RatingSummary({ average, ratings, compact, size = 'sm', none = 'No ratings yet' }: Props) {
  if (average === null || ratings === 0) {
    return (
      <Text size={size === 'md' ? 'sm' : size} c="dimmed">
        {none}
      </Text>
    );
  }
  const label =
    ratings === undefined
      ? `Rated ${average.toFixed(1)} out of 5`
      : `Rated ${average.toFixed(1)} out of 5 in ${ratings} ${ratings === 1 ? 'rating' : 'ratings'}`;
  return (
    <Group gap={6} wrap="nowrap" role="img" aria-label={label}>
      <Rating value={average} fractions={10} readOnly size={size} aria-hidden="true" />
      <Text size={size === 'md' ? 'sm' : size} fw={600} style={{ whiteSpace: 'nowrap' }} aria-hidden="true">
        {average.toFixed(1)} / 5
      </Text>
      {compact || ratings === undefined ? null : (
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }} aria-hidden="true">
          ({ratings.toLocaleString()})
        </Text>
      )}
    </Group>
  );
}
