// The ticket queue: a SQLite file (.warden/queue.db) that any number of runners share. Claiming is one
// conditional UPDATE ... RETURNING, so two runners never take the same ticket: SQLite runs writers one at a
// time, and a ticket already claimed no longer matches `status = 'queued'`.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type Database from 'better-sqlite3';

// Loaded when a queue is opened: an agent run without one never loads the native module.
const loadSqlite = () => createRequire(import.meta.url)('better-sqlite3') as typeof Database;

export interface Ticket {
  id: number;
  title: string;
  body: string;
  ref: string | null;
  status: 'queued' | 'claimed' | 'done' | 'failed' | 'blocked';
  claimed_by: string | null;
  claimed_at: string | null;
  created_at: string;
  finished_at: string | null;
  run: string | null;
}

export class TicketQueue {
  private readonly db: Database.Database;

  constructor(readonly file: string) {
    mkdirSync(path.dirname(file), { recursive: true });
    const Sqlite = loadSqlite();
    this.db = new Sqlite(file, { timeout: 10_000 });
    this.db.pragma('journal_mode = WAL');
    this.db.exec(`CREATE TABLE IF NOT EXISTS tickets (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      title TEXT NOT NULL,
      body TEXT NOT NULL,
      ref TEXT,
      status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'claimed', 'done', 'failed', 'blocked')),
      claimed_by TEXT,
      claimed_at TEXT,
      created_at TEXT NOT NULL,
      finished_at TEXT,
      run TEXT
    )`);
  }

  add(ticket: { title: string; body: string; ref?: string }): Ticket {
    return this.db
      .prepare('INSERT INTO tickets (title, body, ref, created_at) VALUES (?, ?, ?, ?) RETURNING *')
      .get(ticket.title, ticket.body, ticket.ref ?? null, new Date().toISOString()) as Ticket;
  }

  list(): Ticket[] {
    return this.db.prepare('SELECT * FROM tickets ORDER BY id').all() as Ticket[];
  }

  /** The oldest queued ticket, now claimed by `runner`; undefined when none is left. */
  claim(runner: string): Ticket | undefined {
    return this.db
      .prepare(
        `UPDATE tickets SET status = 'claimed', claimed_by = ?, claimed_at = ?
         WHERE id = (SELECT id FROM tickets WHERE status = 'queued' ORDER BY id LIMIT 1) AND status = 'queued'
         RETURNING *`,
      )
      .get(runner, new Date().toISOString()) as Ticket | undefined;
  }

  finish(id: number, status: 'done' | 'failed' | 'blocked', run?: string): void {
    this.db.prepare("UPDATE tickets SET status = ?, finished_at = ?, run = ? WHERE id = ? AND status = 'claimed'").run(status, new Date().toISOString(), run ?? null, id);
  }

  close(): void {
    this.db.close();
  }
}
