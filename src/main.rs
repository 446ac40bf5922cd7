//! The command line: parses it and hands over to the library.

use clap::{Parser, Subcommand};
use rendezvous::commands;
use rendezvous::configuration::Settings;
use rendezvous::db::staff::Role;
use std::io::{IsTerminal, Read};

#[derive(Parser)]
#[command(
    name = "rendezvous",
    version,
    about = "Books video identity interviews."
)]
struct Cli {
    #[command(flatten)]
    settings: Settings,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web service (the default).
    Serve,
    /// Apply database migrations and exit.
    Migrate,
    /// Manage staff accounts.
    Staff {
        #[command(subcommand)]
        action: StaffAction,
    },
    /// Fill an empty database with demo staff and print their logins.
    Demo,
    /// Run the due background jobs once (email delivery) and exit.
    Tick,
    /// Check the audit log's keyed chain (reads only); prints its head as HASH:COUNT and exits with
    /// an error naming the first broken entry.
    VerifyAudit {
        /// A head printed earlier (HASH:COUNT): also fail if the log no longer contains it.
        #[arg(long, value_name = "HASH:COUNT")]
        expect_head: Option<String>,
    },
}

#[derive(Subcommand)]
enum StaffAction {
    /// Add a staff member; the password is read from standard input.
    Add {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        #[arg(long, value_parser = parse_role)]
        role: Role,
        /// Interview languages spoken, e.g. `fr,nl,en`.
        #[arg(long)]
        languages: String,
    },
    /// Give a staff member a new password (read from standard input); ends all their sessions.
    SetPassword {
        #[arg(long)]
        email: String,
    },
}

fn parse_role(raw: &str) -> Result<Role, String> {
    Role::parse(raw).ok_or_else(|| "use interviewer or supervisor".to_owned())
}

/// Reads a password without echoing it on a terminal, or as the first line of piped input.
fn read_password() -> anyhow::Result<String> {
    let password = if std::io::stdin().is_terminal() {
        rpassword::prompt_password("Password: ")?
    } else {
        let mut input = String::new();
        std::io::stdin().read_to_string(&mut input)?;
        input.lines().next().unwrap_or_default().to_owned()
    };
    Ok(password)
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    rendezvous::telemetry::init();
    match run(cli).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            // One readable line with its causes, for an operator's shell.
            eprintln!("error: {error:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => commands::serve(cli.settings).await,
        Command::Migrate => commands::migrate(&cli.settings).await,
        Command::Staff {
            action:
                StaffAction::Add {
                    email,
                    name,
                    role,
                    languages,
                },
        } => {
            let password = read_password()?;
            commands::add_staff(&cli.settings, &email, &name, role, &languages, password).await
        }
        Command::Staff {
            action: StaffAction::SetPassword { email },
        } => {
            let password = read_password()?;
            commands::set_staff_password(&cli.settings, &email, password).await
        }
        Command::Demo => commands::demo(&cli.settings).await,
        Command::Tick => commands::tick(&cli.settings).await,
        Command::VerifyAudit { expect_head } => {
            commands::verify_audit(&cli.settings, expect_head.as_deref()).await
        }
    }
}
