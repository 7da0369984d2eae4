//! glibc's allocator, set for how an analysis allocates: a long document's
//! tokens and mentions are a few megabytes, freed and asked for again on
//! every analysis. Elsewhere (musl, macOS, Windows) the defaults stand.

/// Keeps up to 32 MB of freed memory for the next analysis. By default
/// glibc handed a 1 MB document's freed blocks back to the kernel and
/// faulted them in again on the next analysis: about 3,700 page faults and
/// 11 ms of kernel time for each analysis of 1 MB, against 550 faults and
/// 2 ms once kept. Call it first thing.
pub fn keep_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets tunables of the allocator, which glibc
    // reads under its own locks.
    unsafe {
        // Both together: setting one stops glibc from raising the other
        // as it sees large blocks freed, and blocks from the mmap
        // threshold up would go back to the kernel on every free.
        libc::mallopt(libc::M_TRIM_THRESHOLD, 32 << 20);
        libc::mallopt(libc::M_MMAP_THRESHOLD, 32 << 20);
    }
}

/// glibc gives each thread that allocates under contention an arena of its
/// own and rarely hands their memory back: with a 1 MB article edited a
/// hundred times the server sat at 100 MB, 60 MB with two arenas, at the
/// same speed (analyses are one per core and allocate little against the
/// work they do). The batch checker keeps the default. Call it before the
/// runtime starts its threads.
pub fn cap_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: as above.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
    }
}
