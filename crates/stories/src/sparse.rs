//! Sparse vectors sorted by word: the dot product the last merge pass scores with.

/// One vector's words in an open-addressing table, for scoring it against many others:
/// each costs one lookup per word of the other, instead of a walk over both.
#[derive(Default)]
pub(crate) struct Table {
    keys: Vec<u64>,
    vals: Vec<f32>,
    /// The value of word `u64::MAX` (the table's mark for an empty slot).
    last: f32,
    shift: u32,
    /// The slots the last vector filled: emptied one by one before the next is filled,
    /// rather than the whole table (a large story's table is hundreds of kilobytes).
    used: Vec<u32>,
    /// A bit per 16-bit prefix of the filled words (8 KB, in the first-level cache): most
    /// words of a vector scored against the table are not in it, and a clear bit says so
    /// without a probe into the table (for a large story, a cache miss).
    seen: Vec<u64>,
}

/// The bit of `seen` a word sets (its top 16 bits: words are hashes).
#[inline]
fn bit(w: u64) -> (usize, u64) {
    let b = (w >> 48) as usize;
    (b >> 6, 1u64 << (b & 63))
}

const EMPTY: u64 = u64::MAX;

impl Table {
    /// The table of `v` (a vector sorted by word, each word once), reusing this one's room.
    /// The table is at most a quarter full; one up to 16 times larger than needed is kept
    /// (where a word sits changes nothing that [`Table::dot`] gives).
    pub(crate) fn fill(&mut self, v: &[(u64, f32)]) {
        let bits = (4 * v.len().max(4)).next_power_of_two().trailing_zeros();
        let need = 1usize << bits;
        if self.seen.len() != 1024 {
            self.seen = vec![0; 1024];
        }
        // The last vector's words go, one by one (their bits too: a small vector does not
        // clear 8 KB).
        for &k in &self.used {
            let (i, _) = bit(self.keys[k as usize]);
            self.seen[i] = 0;
            self.keys[k as usize] = EMPTY;
            self.vals[k as usize] = 0.0;
        }
        if !(self.keys.len() >= need && self.keys.len() <= need * 16) {
            self.keys.clear();
            self.keys.resize(need, EMPTY);
            self.vals.clear();
            self.vals.resize(need, 0.0);
            self.shift = 64 - bits;
        }
        self.used.clear();
        self.last = 0.0;
        let mask = self.keys.len() - 1;
        for &(w, x) in v {
            if w == EMPTY {
                self.last = x;
                continue;
            }
            let mut k = self.slot(w);
            while self.keys[k] != EMPTY {
                k = (k + 1) & mask;
            }
            self.keys[k] = w;
            self.vals[k] = x;
            self.used.push(k as u32);
            let (i, m) = bit(w);
            self.seen[i] |= m;
        }
    }

    fn slot(&self, w: u64) -> usize {
        (w.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// The value of word `w` (0 when absent). An empty slot holds 0, so a lookup stops at
    /// the word or at an empty slot without telling the two apart (no branch to mispredict).
    #[inline]
    fn get(&self, w: u64) -> f32 {
        if w == EMPTY {
            return self.last;
        }
        let mask = self.keys.len() - 1;
        let mut k = self.slot(w);
        loop {
            let x = self.keys[k];
            if x == w || x == EMPTY {
                return self.vals[k];
            }
            k = (k + 1) & mask;
        }
    }

    /// The dot product of the filled vector (first) with `v`: as a merge walk over both
    /// gives it, bit for bit (the products of shared words are summed in word order; a word `v` lacks adds
    /// `x * 0`, a zero that leaves the sum's bits unchanged).
    pub(crate) fn dot(&self, v: &[(u64, f32)]) -> f32 {
        if self.keys.is_empty() {
            return 0.0;
        }
        let mut s = 0.0f32;
        for &(w, x) in v {
            // (A word not in the table would add `0 * x`, which changes no bit of `s`.)
            let (i, m) = bit(w);
            if self.seen[i] & m != 0 || w == EMPTY {
                s += self.get(w) * x;
            }
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A vector of `n` words drawn from `0..range` (a small LCG: no test dependency).
    fn vector(seed: u64, n: usize, range: u64) -> Vec<(u64, f32)> {
        let mut x = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let mut v = std::collections::BTreeMap::new();
        while v.len() < n.min(range as usize) {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let w = (x >> 33) % range;
            v.insert(w, ((x >> 40) as f32 / (1u64 << 24) as f32) - 0.3);
        }
        v.into_iter().collect()
    }

    #[test]
    fn the_table_equals_the_walk_bit_for_bit() {
        let mut t = Table::default();
        assert_eq!(t.dot(&vector(3, 10, 100)), 0.0);
        for seed in 0..300u64 {
            let range = [50u64, 500, 5000, 1 << 40][(seed % 4) as usize];
            let mut a = vector(seed, (seed as usize * 13) % 2000, range);
            let b = vector(seed + 7, 1 + (seed as usize * 37) % 1500, range);
            if seed % 5 == 0 {
                // The table's empty mark is a word too.
                a.push((u64::MAX, 0.75));
            }
            t.fill(&a);
            let mut b2 = b.clone();
            b2.push((u64::MAX, 0.5));
            for v in [&b, &b2, &a] {
                assert_eq!(t.dot(v).to_bits(), crate::cluster::cosine(&a, v).to_bits(), "seed {seed}");
            }
        }
    }

    #[test]
    fn empty_and_disjoint_give_zero() {
        let mut t = Table::default();
        t.fill(&[]);
        assert_eq!(t.dot(&vector(1, 100, 1000)), 0.0);
        t.fill(&vector(1, 100, 1000));
        assert_eq!(t.dot(&[]), 0.0);
        assert_eq!(t.dot(&[(1 << 50, 1.0)]), 0.0);
        t.fill(&[(5, 2.0)]);
        assert_eq!(t.dot(&[(5, 3.0)]), 6.0);
    }
}
