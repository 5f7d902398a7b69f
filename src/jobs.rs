//! Using every core: a small work queue over scoped threads. Results come back in the order
//! of the input, whichever thread finished first, so output never depends on timing.
//!
//! Plans are independent jobs and so are the files of one plan; a shared counter hands the
//! next item to whichever thread is free, which keeps both cores busy when plans differ in
//! size. `std::thread::scope` is enough for this; no thread-pool crate is needed.

use std::sync::atomic::{AtomicUsize, Ordering};

/// How many threads to use by default: every core the process may run on.
pub fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
}

/// Applies `f` to every item on up to `jobs` threads; the results are in input order.
pub fn map<T, R, F>(items: &[T], jobs: usize, f: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync,
{
    let threads = jobs.clamp(1, items.len().max(1));
    if threads == 1 {
        return items.iter().map(&f).collect();
    }
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, R)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut out = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        out.push((i, f(item)));
                    }
                    out
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| match w.join() {
                Ok(out) => out,
                // A panicking job is a bug; re-raise it on the calling thread as it would
                // have been without threads.
                Err(panic) => std::panic::resume_unwind(panic),
            })
            .collect()
    });
    done.sort_unstable_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}

/// Applies `f` to every item on up to `jobs` threads and hands each result to `each` on the
/// calling thread, in input order, as soon as it and every result before it are done: a run
/// over many plans writes each plan's output and drops it, instead of holding them all.
/// Results that finish early wait in a small buffer for the ones before them.
pub fn for_each_in_order<T, R, F, E>(items: &[T], jobs: usize, f: F, mut each: E)
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync,
    E: FnMut(R),
{
    let threads = jobs.clamp(1, items.len().max(1));
    if threads == 1 {
        items.iter().map(&f).for_each(each);
        return;
    }
    let next = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        // Bounded, so that workers wait rather than pile up results the caller has not taken.
        let (send, receive) = std::sync::mpsc::sync_channel::<(usize, R)>(threads * 2);
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                let send = send.clone();
                let (next, f) = (&next, &f);
                scope.spawn(move || {
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        if send.send((i, f(item))).is_err() {
                            break;
                        }
                    }
                })
            })
            .collect();
        drop(send);
        let mut waiting = std::collections::BTreeMap::new();
        let mut due = 0;
        for (i, r) in receive {
            waiting.insert(i, r);
            while let Some(r) = waiting.remove(&due) {
                each(r);
                due += 1;
            }
        }
        for w in workers {
            // A panicking job is a bug; re-raise it on the calling thread.
            if let Err(panic) = w.join() {
                std::panic::resume_unwind(panic);
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_the_input_order_whatever_the_thread_count() {
        let items: Vec<u64> = (0..200).collect();
        // Uneven work so that threads finish out of order.
        let work = |n: &u64| (0..(n % 7) * 1000).fold(*n, |a, b| a.wrapping_add(b));
        let one = map(&items, 1, work);
        for jobs in [2, 3, 8, 500] {
            assert_eq!(map(&items, jobs, work), one, "jobs = {jobs}");
        }
    }

    #[test]
    fn each_result_is_handed_on_in_input_order_whatever_the_thread_count() {
        let items: Vec<u64> = (0..200).collect();
        let work = |n: &u64| (0..(n % 7) * 1000).fold(*n, |a, b| a.wrapping_add(b));
        let one = map(&items, 1, work);
        for jobs in [1, 2, 3, 8, 500] {
            let mut seen = Vec::new();
            for_each_in_order(&items, jobs, work, |r| seen.push(r));
            assert_eq!(seen, one, "jobs = {jobs}");
        }
    }

    #[test]
    fn no_items_and_zero_jobs_are_fine() {
        let none: Vec<u8> = Vec::new();
        assert!(map(&none, 4, |x| *x).is_empty());
        assert_eq!(map(&[1, 2], 0, |x| x * 2), vec![2, 4]);
    }
}
