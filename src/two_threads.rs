//! Work shared between two threads, each taking the next item not yet
//! taken, the results kept in the items' order.
//!
//! Halves fixed beforehand finish apart: a 1 MB document's Arabic blocks
//! cost twice its English ones a byte, one rule costs ten of another, and
//! a third thread (segmentation) may share a core with either half. Taking
//! items one at a time, the thread that is slowed takes fewer.

use std::sync::atomic::{AtomicUsize, Ordering};

/// `f` of each of `items` on this thread and one other, in `items`' order.
pub(crate) fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let take = || {
        let mut done = Vec::new();
        loop {
            let at = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(at) else { break done };
            done.push((at, f(item)));
        }
    };
    let (mine, theirs) = std::thread::scope(|scope| {
        let other = scope.spawn(take);
        let mine = take();
        (mine, other.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
    });
    let mut out: Vec<Option<R>> = std::iter::repeat_with(|| None).take(items.len()).collect();
    for (at, result) in mine.into_iter().chain(theirs) {
        out[at] = Some(result);
    }
    out.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn results_come_in_the_items_order() {
        let items: Vec<u64> = (0..1000).collect();
        // Uneven work, so the two threads take items in no fixed pattern.
        let squares = super::map(&items, |&n| {
            std::hint::black_box((0..n % 7 * 1000).sum::<u64>());
            n * n
        });
        assert_eq!(squares, items.iter().map(|n| n * n).collect::<Vec<_>>());
        assert!(super::map(&[] as &[u8], |&b| b).is_empty());
    }
}
