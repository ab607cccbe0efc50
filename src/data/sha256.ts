/**
 * SHA-256 (FIPS 180-4, section 6.2), fed in pieces: what the dataset fingerprint needs and no more. A
 * general hashing library carries the SHA-512 family and its 64-bit arithmetic into every page that
 * loads the store; this is the one algorithm, checked against Node's crypto by the fingerprint tests.
 */

/**
 * The constants of FIPS 180-4 (4.2.2, 5.3.3): the round constants K are the first 32 bits of the
 * fractional parts of the cube roots of the first 64 primes, the initial hash value those of the square
 * roots of the first 8. They are computed from that definition rather than written out (64 words that
 * no compressor can shorten): `| 0` keeps the 32 bits below the binary point, which a double holds exactly
 * for these primes (the tests' known answers and Node's crypto confirm every word).
 */
const K = new Int32Array(64);
const H0 = new Int32Array(8);
for (let n = 0, p = 2; n < 64; p++) {
  let prime = true;
  for (let d = 2; d * d <= p && prime; d++) prime = p % d !== 0;
  if (!prime) continue;
  if (n < 8) H0[n] = (Math.sqrt(p) * 2 ** 32) | 0;
  K[n] = (Math.cbrt(p) * 2 ** 32) | 0;
  n++;
}

const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));

/** A SHA-256 computation: `update` with the message's bytes in any pieces, then `hex` once. */
export interface Sha256 {
  update(bytes: Uint8Array): void;
  /** The digest as 64 lowercase hex digits. */
  hex(): string;
}

/**
 * @summary Starts a SHA-256 computation.
 *
 * @example
 * const hash = createSha256();
 * hash.update(new TextEncoder().encode("abc"));
 * hash.hex()
 * //=> "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 */
export function createSha256(): Sha256 {
  // Int32 arrays: their words stay 32-bit integers in the optimised code (Uint32 words above 2^31 would not).
  const h = H0.slice();
  const w = new Int32Array(64);
  const block = new Uint8Array(64);
  let filled = 0;
  let length = 0;

  const compress = (bytes: Uint8Array, at: number) => {
    for (let t = 0; t < 16; t++, at += 4)
      w[t] = (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];
    for (let t = 16; t < 64; t++) {
      const x = w[t - 15];
      const y = w[t - 2];
      const s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3);
      const s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >>> 10);
      w[t] = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
    }
    let a = h[0];
    let b = h[1];
    let c = h[2];
    let d = h[3];
    let e = h[4];
    let f = h[5];
    let g = h[6];
    let k = h[7];
    for (let t = 0; t < 64; t++) {
      const t1 =
        (k + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[t] + w[t]) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      k = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h[0] = (h[0] + a) | 0;
    h[1] = (h[1] + b) | 0;
    h[2] = (h[2] + c) | 0;
    h[3] = (h[3] + d) | 0;
    h[4] = (h[4] + e) | 0;
    h[5] = (h[5] + f) | 0;
    h[6] = (h[6] + g) | 0;
    h[7] = (h[7] + k) | 0;
  };

  const update = (bytes: Uint8Array) => {
    length += bytes.length;
    let at = 0;
    if (filled > 0) {
      const take = Math.min(64 - filled, bytes.length);
      block.set(bytes.subarray(0, take), filled);
      filled += take;
      at = take;
      if (filled < 64) return;
      compress(block, 0);
      filled = 0;
    }
    for (; at + 64 <= bytes.length; at += 64) compress(bytes, at);
    block.set(bytes.subarray(at), 0);
    filled = bytes.length - at;
  };

  return {
    update,
    hex() {
      // The padding: a 1 bit, zeros, and the message length in bits as a 64-bit big-endian number.
      const bits = length * 8;
      const padding = new Uint8Array((filled < 56 ? 64 : 128) - filled);
      padding[0] = 0x80;
      const view = new DataView(padding.buffer);
      view.setUint32(padding.length - 8, Math.floor(bits / 2 ** 32));
      view.setUint32(padding.length - 4, bits >>> 0);
      update(padding);
      return Array.from(h, (word) => (word >>> 0).toString(16).padStart(8, "0")).join("");
    },
  };
}
