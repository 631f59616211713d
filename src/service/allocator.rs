//! The memory allocator's setting for a long-running service. glibc's malloc gives each thread
//! that allocates a heap of its own ("arena", up to eight per core) and keeps what is freed in
//! one for that heap, so the async runtime's workers and the databases' and the SDK's blocking
//! threads would each hold the peak they once needed. Two arenas keep the resident memory near
//! what is in use (measured in README "Speicher").

/// Limits glibc to two arenas, unless the operator chose a number (`MALLOC_ARENA_MAX`, or
/// `glibc.malloc.arena_max` in `GLIBC_TUNABLES`). The limit applies to arenas created after it,
/// hence before any other thread starts.
pub fn limit_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        let tuned = std::env::var("GLIBC_TUNABLES").is_ok_and(|t| t.contains("glibc.malloc.arena_max"));
        if std::env::var_os("MALLOC_ARENA_MAX").is_none() && !tuned {
            // SAFETY: mallopt only sets an allocator parameter, and no other thread exists yet.
            unsafe {
                libc::mallopt(libc::M_ARENA_MAX, 2);
            }
        }
    }
}
