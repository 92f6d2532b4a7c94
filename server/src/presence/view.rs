//! Interest management: which of the others in a place one viewer is sent. Young people pay
//! for their mobile data, so a viewer gets the [`NEAREST`] avatars nearest to it and every
//! counsellor, not the whole crowd. An avatar already in view stays while it is among the
//! [`KEEP`] nearest, so two people at about the same distance do not flicker in and out.

use lernwelt_protocol::presence::Spot;
use std::collections::BinaryHeap;
use std::hash::Hash;

/// Young people nearest to the viewer that it sees.
pub const NEAREST: usize = 24;
/// Rank up to which an avatar already in view stays in view.
pub const KEEP: usize = NEAREST + NEAREST / 4;

/// Someone else in the place, as the view sees them.
#[derive(Clone, Copy, Debug)]
pub struct Other<K> {
    /// Their key.
    pub key: K,
    /// Where they stand.
    pub at: Spot,
    /// Counsellors are always in view.
    pub counsellor: bool,
}

fn distance_squared(a: Spot, b: Spot) -> i64 {
    let dx = i64::from(a.x) - i64::from(b.x);
    let dz = i64::from(a.z) - i64::from(b.z);
    dx * dx + dz * dz
}

/// The keys a viewer at `me` should see among `others` (which must not contain the viewer),
/// given which are in its view now. At most [`KEEP`] young people plus every counsellor.
///
/// One pass that keeps the [`KEEP`] nearest so far in a small heap: a crowd of a thousand costs
/// a comparison each, and nothing the size of the crowd is allocated per viewer.
pub fn choose<'a, K: Copy + Eq + Hash + Ord + 'a>(
    me: Spot,
    others: impl IntoIterator<Item = &'a Other<K>>,
    in_view: impl Fn(K) -> bool,
) -> Vec<K> {
    let mut chosen = Vec::new();
    // Ties broken by key, so the choice does not depend on the order of `others`.
    let mut near: BinaryHeap<(i64, K)> = BinaryHeap::with_capacity(KEEP);
    for other in others {
        if other.counsellor {
            chosen.push(other.key);
            continue;
        }
        let entry = (distance_squared(me, other.at), other.key);
        if near.len() < KEEP {
            near.push(entry);
        } else if let Some(mut farthest) = near.peek_mut()
            && entry < *farthest
        {
            *farthest = entry;
        }
    }
    chosen.extend(
        near.into_sorted_vec()
            .into_iter()
            .enumerate()
            .filter(|(rank, (_, key))| *rank < NEAREST || in_view(*key))
            .map(|(_, (_, key))| key),
    );
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;

    fn other(key: u32, x: i16, counsellor: bool) -> Other<u32> {
        Other {
            key,
            at: Spot { x, z: 0 },
            counsellor,
        }
    }

    #[test]
    fn a_small_place_is_seen_whole() {
        let others: Vec<_> = (0..10).map(|k| other(k, k as i16 * 100, false)).collect();
        let mut seen = choose(Spot::default(), &others, |_| false);
        seen.sort_unstable();
        assert_eq!(seen, (0..10).collect::<Vec<_>>());
    }

    #[test]
    fn a_crowd_is_cut_to_the_nearest_and_counsellors_are_always_in() {
        // 200 young people in a row, the viewer at x = 0, a counsellor far away.
        let mut others: Vec<_> = (1..=200).map(|k| other(k, k as i16 * 10, false)).collect();
        others.push(other(1000, 30_000, true));
        let seen = choose(Spot::default(), &others, |_| false);
        assert_eq!(seen.len(), NEAREST + 1);
        assert!(seen.contains(&1000));
        assert!((1..=NEAREST as u32).all(|k| seen.contains(&k)));
        assert!(!seen.contains(&(NEAREST as u32 + 1)));
    }

    #[test]
    fn one_in_view_stays_until_it_falls_behind_keep() {
        let others: Vec<_> = (1..=200).map(|k| other(k, k as i16 * 10, false)).collect();
        let just_kept = KEEP as u32;
        let seen = choose(Spot::default(), &others, |k| k == just_kept);
        assert!(seen.contains(&just_kept));
        assert_eq!(seen.len(), NEAREST + 1);
        let dropped = KEEP as u32 + 1;
        assert!(!choose(Spot::default(), &others, |k| k == dropped).contains(&dropped));
    }

    #[test]
    fn the_choice_is_what_sorting_everyone_would_give() {
        // Crowds with many equal distances, some counsellors, and some already in view: the
        // heap's choice must be exactly the first NEAREST of a full sort by (distance, key),
        // then those in view up to KEEP, then the counsellors.
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move |range: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % range
        };
        for round in 0..200 {
            let n = 1 + next(300) as u32;
            let others: Vec<Other<u32>> = (0..n)
                .map(|key| Other {
                    key,
                    at: Spot {
                        x: next(40) as i16 - 20,
                        z: next(40) as i16 - 20,
                    },
                    counsellor: next(50) == 0,
                })
                .collect();
            let in_view = |key: u32| (key + round).is_multiple_of(3);
            let me = Spot { x: 3, z: -2 };
            let mut expected: Vec<u32> = others
                .iter()
                .filter(|o| o.counsellor)
                .map(|o| o.key)
                .collect();
            let mut sorted: Vec<(i64, u32)> = others
                .iter()
                .filter(|o| !o.counsellor)
                .map(|o| (distance_squared(me, o.at), o.key))
                .collect();
            sorted.sort_unstable();
            expected.extend(
                sorted
                    .iter()
                    .take(KEEP)
                    .enumerate()
                    .filter(|(rank, (_, key))| *rank < NEAREST || in_view(*key))
                    .map(|(_, (_, key))| *key),
            );
            assert_eq!(choose(me, &others, in_view), expected, "round {round}");
        }
    }

    #[test]
    fn the_choice_does_not_depend_on_order() {
        // Everyone at the same distance: the tie is broken by key.
        let mut others: Vec<_> = (1..=100).map(|k| other(k, 50, false)).collect();
        let a = choose(Spot::default(), &others, |_| false);
        others.reverse();
        let mut b = choose(Spot::default(), &others, |_| false);
        let mut a = a;
        a.sort_unstable();
        b.sort_unstable();
        assert_eq!(a, b);
    }
}
