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

/// Reads one header block. `None`: the input ended. `Some(None)`: the
/// header was unusable and has been skipped. `Some(Some(n))`: the body is
/// `n` bytes.
async fn read_header(input: &mut (impl AsyncBufReadExt + Unpin)) -> Option<Option<usize>> {
    let mut length: Option<usize> = None;
    let mut valid = true;
    let mut saw_any = false;
    loop {
        let mut line = Vec::new();
        let n = input.read_until(b'\n', &mut line).await.ok()?;
        if n == 0 {
            return None;
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end_matches(['\r', '\n']);
        if text.is_empty() {
            if !saw_any {
                continue;
            }
            break;
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
    async fn huge_lengths_are_refused() {
        let input = b"Content-Length: 99999999999\r\n\r\nContent-Length: 2\r\n\r\n[]";
        assert_eq!(pass(input).await, "Content-Length: 2\r\n\r\n[]");
    }
}
