/**
 * Random (version 4) UUIDs as flat strings, for the history events of stored findings (new findings and their
 * opening events are numbered by the database). `crypto.randomUUID()` builds its text by concatenation, so each
 * id is a rope of about twenty small strings; an evaluation keeps an id per event until it is written (a scan in
 * which a large estate's resources are gone resolves them all), and such ropes were most of what the garbage
 * collector copied when a first scan still made ids. Here the text is written into a byte buffer and read back as
 * one string.
 */
import crypto from 'node:crypto';

const HEX = Buffer.from('0123456789abcdef', 'latin1');
// Random bytes for 4,096 ids per call: at 256 a call, the calls cost a third of making the ids (measured).
const BATCH = 16 * 4096;
let pool = Buffer.alloc(0);
let at = 0;
const text = Buffer.alloc(36);

export function flatRandomUuid(): string {
  if (at + 16 > pool.length) {
    pool = crypto.randomBytes(BATCH);
    at = 0;
  }
  let o = 0;
  for (let i = 0; i < 16; i++) {
    let b = pool[at + i]!;
    if (i === 6) b = (b & 0x0f) | 0x40; // version 4
    if (i === 8) b = (b & 0x3f) | 0x80; // RFC 4122 variant
    if (i === 4 || i === 6 || i === 8 || i === 10) text[o++] = 0x2d; // '-'
    text[o++] = HEX[b >> 4]!;
    text[o++] = HEX[b & 15]!;
  }
  at += 16;
  return text.toString('latin1', 0, 36);
}
