//! A tiny SMTP server for tests: speaks enough SMTP for lettre, keeps every message it accepts,
//! and can be told to refuse mail (temporary failure) to exercise retries.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

#[derive(Debug, Clone)]
pub struct ReceivedMail {
    pub mail_from: String,
    pub rcpt_to: Vec<String>,
    pub data: Vec<u8>,
}

impl ReceivedMail {
    pub fn parsed(&self) -> mailparse::ParsedMail<'_> {
        mailparse::parse_mail(&self.data).expect("the sink received a parseable message")
    }

    /// The decoded Subject header.
    pub fn subject(&self) -> String {
        use mailparse::MailHeaderMap;
        self.parsed()
            .headers
            .get_first_value("Subject")
            .expect("a Subject header")
    }
}

#[derive(Clone, Default)]
pub struct SmtpSink {
    pub port: u16,
    messages: Arc<Mutex<Vec<ReceivedMail>>>,
    refuse: Arc<AtomicBool>,
}

impl SmtpSink {
    pub async fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let sink = SmtpSink {
            port: listener.local_addr().unwrap().port(),
            ..Default::default()
        };
        let handle = sink.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let sink = handle.clone();
                tokio::spawn(async move {
                    let _ = sink.session(stream).await;
                });
            }
        });
        sink
    }

    pub fn messages(&self) -> Vec<ReceivedMail> {
        self.messages.lock().unwrap().clone()
    }

    /// While set, every MAIL FROM gets a temporary failure (451).
    pub fn refuse_mail(&self, refuse: bool) {
        self.refuse.store(refuse, Ordering::SeqCst);
    }

    async fn session(&self, stream: tokio::net::TcpStream) -> std::io::Result<()> {
        let (read, mut write) = stream.into_split();
        let mut reader = BufReader::new(read);
        write.write_all(b"220 sink ESMTP ready\r\n").await?;
        let mut current = ReceivedMail {
            mail_from: String::new(),
            rcpt_to: vec![],
            data: vec![],
        };
        let mut line = String::new();
        loop {
            line.clear();
            if reader.read_line(&mut line).await? == 0 {
                return Ok(());
            }
            let command = line.trim_end().to_ascii_uppercase();
            let reply: &[u8] = if command.starts_with("EHLO") {
                b"250-sink\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n"
            } else if command.starts_with("HELO") || command.starts_with("NOOP") {
                b"250 ok\r\n"
            } else if command.starts_with("RSET") {
                current = ReceivedMail {
                    mail_from: String::new(),
                    rcpt_to: vec![],
                    data: vec![],
                };
                b"250 ok\r\n"
            } else if command.starts_with("MAIL FROM:") {
                if self.refuse.load(Ordering::SeqCst) {
                    b"451 try again later\r\n"
                } else {
                    current.mail_from = line.trim_end()[10..].trim().to_owned();
                    b"250 ok\r\n"
                }
            } else if command.starts_with("RCPT TO:") {
                current.rcpt_to.push(line.trim_end()[8..].trim().to_owned());
                b"250 ok\r\n"
            } else if command == "DATA" {
                write.write_all(b"354 end with .\r\n").await?;
                let mut data = Vec::new();
                loop {
                    let mut raw = Vec::new();
                    if reader.read_until(b'\n', &mut raw).await? == 0 {
                        return Ok(());
                    }
                    if raw == b".\r\n" {
                        break;
                    }
                    // Undo dot-stuffing.
                    let raw = if raw.starts_with(b"..") {
                        raw[1..].to_vec()
                    } else {
                        raw
                    };
                    data.extend_from_slice(&raw);
                }
                current.data = data;
                self.messages.lock().unwrap().push(current.clone());
                current = ReceivedMail {
                    mail_from: String::new(),
                    rcpt_to: vec![],
                    data: vec![],
                };
                b"250 queued\r\n"
            } else if command == "QUIT" {
                write.write_all(b"221 bye\r\n").await?;
                return Ok(());
            } else {
                b"502 not implemented\r\n"
            };
            write.write_all(reply).await?;
        }
    }
}
