//! A tiny SMTP server for tests: speaks enough SMTP for lettre, keeps every message it accepts,
//! and can be told to misbehave as real servers do: refuse mail for now (4xx) or for given
//! recipients (4xx or 5xx), answer slowly, stall (no answer at all, or none after the data), or
//! drop the connection at once.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
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

    /// The Message-ID header.
    pub fn message_id(&self) -> String {
        use mailparse::MailHeaderMap;
        self.parsed()
            .headers
            .get_first_value("Message-ID")
            .expect("a Message-ID header")
    }
}

/// How the sink treats new exchanges (checked at each step, so a change applies at once).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Behaviour {
    #[default]
    Normal,
    /// Accepts the connection and never says a word.
    StallAtGreeting,
    /// Takes the whole message (and keeps it), then never answers.
    StallAfterData,
    /// Closes every connection at once.
    Disconnect,
}

#[derive(Clone, Default)]
pub struct SmtpSink {
    pub port: u16,
    messages: Arc<Mutex<Vec<ReceivedMail>>>,
    refuse: Arc<AtomicBool>,
    behaviour: Arc<Mutex<Behaviour>>,
    /// Waited before every reply.
    delay: Arc<Mutex<Duration>>,
    /// The reply to RCPT TO for these recipients (`550 …`, `450 …`).
    refusals: Arc<Mutex<HashMap<String, String>>>,
    /// Sessions that reached a stall.
    stalls: Arc<AtomicUsize>,
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

    pub fn behave(&self, behaviour: Behaviour) {
        *self.behaviour.lock().unwrap() = behaviour;
    }

    fn behaviour(&self) -> Behaviour {
        *self.behaviour.lock().unwrap()
    }

    /// Every reply waits this long.
    pub fn delay_replies(&self, delay: Duration) {
        *self.delay.lock().unwrap() = delay;
    }

    /// RCPT TO for `recipient` gets `reply` (e.g. `550 5.1.1 no such mailbox`).
    pub fn refuse_recipient(&self, recipient: &str, reply: &str) {
        self.refusals
            .lock()
            .unwrap()
            .insert(recipient.to_owned(), reply.to_owned());
    }

    /// How many sessions reached a stall so far.
    pub fn stalls(&self) -> usize {
        self.stalls.load(Ordering::SeqCst)
    }

    /// Waits until `n` sessions reached a stall.
    pub async fn wait_for_stalls(&self, n: usize) {
        for _ in 0..500 {
            if self.stalls() >= n {
                return;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        panic!("the SMTP sink never stalled {n} times");
    }

    /// Holds the session while the sink behaves as `stall` does.
    async fn stall_while(&self, stall: Behaviour) {
        self.stalls.fetch_add(1, Ordering::SeqCst);
        while self.behaviour() == stall {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    async fn reply(
        &self,
        write: &mut tokio::net::tcp::OwnedWriteHalf,
        reply: &[u8],
    ) -> std::io::Result<()> {
        let delay = *self.delay.lock().unwrap();
        if !delay.is_zero() {
            tokio::time::sleep(delay).await;
        }
        write.write_all(reply).await
    }

    async fn session(&self, stream: tokio::net::TcpStream) -> std::io::Result<()> {
        match self.behaviour() {
            Behaviour::Disconnect => return Ok(()),
            Behaviour::StallAtGreeting => self.stall_while(Behaviour::StallAtGreeting).await,
            _ => {}
        }
        let (read, mut write) = stream.into_split();
        let mut reader = BufReader::new(read);
        self.reply(&mut write, b"220 sink ESMTP ready\r\n").await?;
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
                let recipient = line.trim_end()[8..].trim().to_owned();
                let address = recipient.trim_matches(|c| c == '<' || c == '>').to_owned();
                let refusal = self.refusals.lock().unwrap().get(&address).cloned();
                if let Some(reply) = refusal {
                    let reply = format!("{reply}\r\n");
                    self.reply(&mut write, reply.as_bytes()).await?;
                    continue;
                }
                current.rcpt_to.push(recipient);
                b"250 ok\r\n"
            } else if command == "DATA" {
                self.reply(&mut write, b"354 end with .\r\n").await?;
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
                if self.behaviour() == Behaviour::StallAfterData {
                    self.stall_while(Behaviour::StallAfterData).await;
                }
                current = ReceivedMail {
                    mail_from: String::new(),
                    rcpt_to: vec![],
                    data: vec![],
                };
                b"250 queued\r\n"
            } else if command == "QUIT" {
                self.reply(&mut write, b"221 bye\r\n").await?;
                return Ok(());
            } else {
                b"502 not implemented\r\n"
            };
            self.reply(&mut write, reply).await?;
        }
    }
}
