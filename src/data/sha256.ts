/**
 * SHA-256 (FIPS 180-4, section 6.2), fed in pieces: what the dataset fingerprint needs and no more. A
 * general hashing library carries the SHA-512 family and its 64-bit arithmetic into every page that
 * loads the store; this is the one algorithm, checked against Node's crypto by the fingerprint tests.
 */

/** The round constants: the first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

/** The initial hash value: the first 32 bits of the fractional parts of the square roots of the first 8 primes. */
const H0 = [
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

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
  const h = Int32Array.from(H0);
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
