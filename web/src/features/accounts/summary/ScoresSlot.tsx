/**
 * The place kept for the account's health score and trust score, which a later issue brings:
 * the top of the overview's side column, read before usage and activity as a falling score
 * should be, and fourth on a phone, right after the plans (wrap the cards in `<At order={4}>`).
 * It renders nothing until there is a real score: an empty wrapper would add a gap.
 */
export function ScoresSlot() {
  return null;
}
