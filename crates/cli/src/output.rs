//! Where reports go: whole or not at all. A file report is written to a temporary file
//! beside its target and renamed over it once complete (a failed or killed run leaves the
//! previous report intact); standard output is checked to be open, and a write to a closed
//! or broken one is an error, not a silent success.

use riwaya_ingest::{escape_path, InputFile};
use std::fs::File;
use std::path::{Path, PathBuf};

/// A report file being written: `.NAME.riwaya-PID.tmp` beside `NAME` (a hidden name, so a
/// run killed before the rename leaves nothing the next run reads as input).
pub struct Atomic {
    tmp: PathBuf,
    dest: PathBuf,
    done: bool,
}

impl Atomic {
    pub fn create(dest: &Path) -> anyhow::Result<Self> {
        let name = dest.file_name().ok_or_else(|| anyhow::anyhow!("cannot write {}: not a file name", escape_path(dest)))?;
        if dest.is_dir() {
            anyhow::bail!("cannot write {}: it is a folder", escape_path(dest));
        }
        let mut tmp_name = std::ffi::OsString::from(".");
        tmp_name.push(name);
        tmp_name.push(format!(".riwaya-{}.tmp", std::process::id()));
        let tmp = dest.with_file_name(tmp_name);
        Ok(Atomic { tmp, dest: dest.to_path_buf(), done: false })
    }

    /// The temporary file, created now.
    pub fn file(&self) -> anyhow::Result<File> {
        File::create(&self.tmp).map_err(|e| anyhow::anyhow!("cannot write {}: {e}", escape_path(&self.dest)))
    }

    /// Makes the report whole on disk, then puts it in place.
    pub fn commit(mut self) -> anyhow::Result<()> {
        let what = |e: std::io::Error| anyhow::anyhow!("cannot write {}: {e}", escape_path(&self.dest));
        File::open(&self.tmp).and_then(|f| f.sync_all()).map_err(what)?;
        std::fs::rename(&self.tmp, &self.dest).map_err(what)?;
        self.done = true;
        Ok(())
    }
}

impl Drop for Atomic {
    fn drop(&mut self) {
        if !self.done {
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

/// Standard output as a file of its own, so that writes to a closed descriptor fail
/// (Rust's `Stdout` treats a closed one as a sink that accepts everything).
pub fn stdout() -> anyhow::Result<File> {
    if started_closed() {
        anyhow::bail!("standard output is closed; give -o FILE");
    }
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        let fd = std::io::stdout()
            .as_fd()
            .try_clone_to_owned()
            .map_err(|e| anyhow::anyhow!("standard output is closed ({e}); give -o FILE"))?;
        Ok(File::from(fd))
    }
    #[cfg(not(unix))]
    {
        anyhow::bail!("writing to standard output needs a Unix system here; give -o FILE")
    }
}

/// The input that `out` would overwrite: the same file (device and inode), if any.
pub fn is_input<'a>(out: &Path, files: &'a [InputFile]) -> Option<&'a Path> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let md = std::fs::metadata(out).ok()?;
        files.iter().map(|f| f.path.as_path()).find(|p| {
            std::fs::metadata(p).is_ok_and(|m| m.dev() == md.dev() && m.ino() == md.ino())
        })
    }
    #[cfg(not(unix))]
    {
        let c = std::fs::canonicalize(out).ok()?;
        files.iter().map(|f| f.path.as_path()).find(|p| std::fs::canonicalize(p).is_ok_and(|x| x == c))
    }
}

/// Whether standard output was closed when the program started. Rust's runtime opens
/// `/dev/null` read-write in place of a closed standard descriptor; a shell's `>/dev/null`
/// opens it write-only. (Linux, through /proc; elsewhere assumed open.)
fn started_closed() -> bool {
    #[cfg(target_os = "linux")]
    {
        let null = std::fs::read_link("/proc/self/fd/1").is_ok_and(|p| p == Path::new("/dev/null"));
        let rdwr = std::fs::read_to_string("/proc/self/fdinfo/1").is_ok_and(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("flags:"))
                .and_then(|f| u32::from_str_radix(f.trim(), 8).ok())
                .is_some_and(|f| f & 3 == 2)
        });
        null && rdwr
    }
    #[cfg(not(target_os = "linux"))]
    {
        false
    }
}
