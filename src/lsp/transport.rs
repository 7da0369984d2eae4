//! The bytes between the client and the server. tower-lsp-server stops
//! reading for good after one message it cannot decode, so the stream is
//! checked here first: each frame's header must carry a sane
//! `Content-Length` and its body must be JSON, or the frame is dropped
//! with a note on stderr and the next one is read. A client bug must never
//! take a reporter's editor support down.

use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWriteExt, BufReader};

/// Larger bodies are refused: no article-editing message comes near it.
const MAX_BODY: usize = 64 << 20;

/// A reader of `input` that yields only well-formed frames.
pub fn checked(input: impl AsyncRead + Unpin + Send + 'static) -> impl AsyncRead + Unpin + Send + 'static {
    let (mut writer, reader) = tokio::io::duplex(1 << 16);
    tokio::spawn(async move {
        let mut input = BufReader::new(input);
        loop {
            let Some(length) = read_header(&mut input).await else { break };
            let Some(length) = length else { continue };
            let mut body = vec![0; length];
            if input.read_exact(&mut body).await.is_err() {
                break;
            }
            if serde_json::from_slice::<serde::de::IgnoredAny>(&body).is_err() {
                eprintln!("copydesk: dropped a message that is not JSON ({length} bytes)");
                continue;
            }
            let header = format!("Content-Length: {length}\r\n\r\n");
            if writer.write_all(header.as_bytes()).await.is_err() || writer.write_all(&body).await.is_err() {
                break;
            }
        }
        let _ = writer.shutdown().await;
    });
    reader
}

/// Header lines longer than this are garbage: only their tail is kept, in
/// case the next frame's header follows garbage on the same line.
const MAX_LINE: usize = 8 << 10;
const KEPT_TAIL: usize = 64;

/// Reads up to and including the next `\n`. `None` at the end of input.
/// A line longer than [`MAX_LINE`] comes back as its last [`KEPT_TAIL`]
/// bytes, so memory stays bounded whatever the client sends.
async fn read_line(input: &mut (impl AsyncBufReadExt + Unpin)) -> Option<Vec<u8>> {
    let mut line = Vec::new();
    loop {
        let buf = input.fill_buf().await.ok()?;
        if buf.is_empty() {
            return (!line.is_empty()).then_some(line);
        }
        let (take, done) = match buf.iter().position(|&b| b == b'\n') {
            Some(i) => (i + 1, true),
            None => (buf.len(), false),
        };
        line.extend_from_slice(&buf[..take]);
        input.consume(take);
        if line.len() > MAX_LINE {
            line.drain(..line.len() - KEPT_TAIL);
        }
        if done {
            return Some(line);
        }
    }
}

/// Reads one header block. `None`: the input ended. `Some(None)`: the
/// header was unusable and has been skipped. `Some(Some(n))`: the body is
/// `n` bytes.
async fn read_header(input: &mut (impl AsyncBufReadExt + Unpin)) -> Option<Option<usize>> {
    let mut length: Option<usize> = None;
    let mut valid = true;
    let mut saw_any = false;
    loop {
        let line = read_line(input).await?;
        let text = String::from_utf8_lossy(&line);
        let mut text = text.trim_end_matches(['\r', '\n']);
        if text.is_empty() {
            if !saw_any {
                continue;
            }
            break;
        }
        // A header glued to the garbage before it ("{}Content-Length: 2"):
        // the garbage is dropped and a new header block starts here.
        if let Some(at) = text.to_ascii_lowercase().find("content-length:").filter(|&at| at > 0)
            && text.is_char_boundary(at)
        {
            eprintln!("copydesk: dropped {at} bytes before a header");
            text = &text[at..];
            length = None;
            valid = true;
        }
        saw_any = true;
        match text.split_once(':') {
            Some((name, value)) if name.eq_ignore_ascii_case("content-length") => match value.trim().parse::<usize>() {
                Ok(n) if n <= MAX_BODY => length = Some(n),
                _ => valid = false,
            },
            Some((name, _)) if name.eq_ignore_ascii_case("content-type") => {}
            _ => valid = false,
        }
    }
    if !valid || length.is_none() {
        eprintln!("copydesk: dropped a message with an unusable header");
        return Some(None);
    }
    Some(length)
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn pass(input: &'static [u8]) -> String {
        let mut out = String::new();
        checked(input).read_to_string(&mut out).await.unwrap();
        out
    }

    #[tokio::test]
    async fn bad_frames_are_dropped_and_good_ones_pass() {
        let input = b"Content-Length: 5\r\n\r\n{bad}Content-Length: 2\r\n\r\n{}Content-Length: x\r\n\r\nContent-Length: 4\r\n\r\nnull";
        assert_eq!(pass(input).await, "Content-Length: 2\r\n\r\n{}Content-Length: 4\r\n\r\nnull");
    }

    #[tokio::test]
    async fn a_header_glued_to_garbage_is_found() {
        let input = b"Content-Length: abc\r\n\r\n{}Content-Length: 2\r\n\r\n[]";
        assert_eq!(pass(input).await, "Content-Length: 2\r\n\r\n[]");
    }

    #[tokio::test]
    async fn endless_garbage_lines_stay_bounded_and_the_next_frame_passes() {
        let mut input = vec![b'x'; 1 << 20];
        input.extend_from_slice(b"Content-Length: 2\r\n\r\n[]");
        let input: &'static [u8] = Box::leak(input.into_boxed_slice());
        assert_eq!(pass(input).await, "Content-Length: 2\r\n\r\n[]");
    }

    #[tokio::test]
    async fn huge_lengths_are_refused() {
        let input = b"Content-Length: 99999999999\r\n\r\nContent-Length: 2\r\n\r\n[]";
        assert_eq!(pass(input).await, "Content-Length: 2\r\n\r\n[]");
    }

    /// The frames `checked` passes on: each one a Content-Length header and
    /// a JSON body of that length, with nothing between them.
    fn frames(out: &[u8]) -> Result<usize, String> {
        let mut rest = out;
        let mut n = 0;
        while !rest.is_empty() {
            let text = std::str::from_utf8(rest).map_err(|_| "header is not UTF-8".to_string())?;
            let header_end = text.find("\r\n\r\n").ok_or("no header end")?;
            let length: usize = text[..header_end]
                .strip_prefix("Content-Length: ")
                .and_then(|v| v.parse().ok())
                .ok_or(format!("bad header {:?}", &text[..header_end]))?;
            let body = rest.get(header_end + 4..header_end + 4 + length).ok_or("short body")?;
            serde_json::from_slice::<serde::de::IgnoredAny>(body).map_err(|e| e.to_string())?;
            rest = &rest[header_end + 4 + length..];
            n += 1;
        }
        Ok(n)
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]
        /// The JSON-RPC reader, fuzzed: whatever bytes arrive, only
        /// well-formed frames reach tower-lsp-server, and a valid frame
        /// after a blank line following garbage still gets through.
        #[test]
        fn any_bytes_yield_only_well_formed_frames(
            garbage in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..2048),
            header_noise in proptest::sample::select(vec!["", "Content-Length: 7\r\n\r\n", "Content-Length: -1\r\n", "Content-Type: x\r\n\r\n"]),
        ) {
            let mut input = header_noise.as_bytes().to_vec();
            input.extend_from_slice(&garbage);
            input.extend_from_slice(b"\r\n\r\nContent-Length: 4\r\n\r\nnull");
            let input: &'static [u8] = Box::leak(input.into_boxed_slice());
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
            let mut out = Vec::new();
            rt.block_on(async { checked(input).read_to_end(&mut out).await }).expect("read");
            let n = frames(&out).map_err(proptest::test_runner::TestCaseError::fail)?;
            proptest::prop_assert!(n <= 3);
            // Garbage that names no length of its own cannot swallow the
            // frame after it.
            let lowered = String::from_utf8_lossy(&garbage).to_ascii_lowercase();
            if !lowered.contains("content-length") && garbage.len() >= 8 {
                proptest::prop_assert!(out.ends_with(b"Content-Length: 4\r\n\r\nnull"), "{:?}", String::from_utf8_lossy(&out));
            }
        }
    }
}
