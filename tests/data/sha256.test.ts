/**
 * The fingerprint's SHA-256 against Node's crypto: FIPS 180-4's known answers, and random messages fed in
 * random pieces (the padding's edge lengths 55, 56, 63 and 64 among them).
 */
import { createHash } from "crypto";
import fc from "fast-check";
import { createSha256 } from "../../src/data/sha256";

const hexOf = (pieces: readonly Uint8Array[]) => {
  const hash = createSha256();
  for (const piece of pieces) hash.update(piece);
  return hash.hex();
};

test("FIPS 180-4 known answers", () => {
  const text = (s: string) => [new TextEncoder().encode(s)];
  expect(hexOf(text("abc"))).toBe(
    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
  );
  expect(hexOf(text(""))).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  expect(hexOf(text("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))).toBe(
    "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
  );
});

test("random messages in random pieces hash as Node's crypto hashes them whole", () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.uint8Array({ maxLength: 300 }),
        fc.constantFrom(55, 56, 63, 64, 65, 119, 120, 128).map((n) => new Uint8Array(n).fill(97))
      ),
      fc.array(fc.nat({ max: 70 }), { maxLength: 8 }),
      (message, cuts) => {
        const pieces: Uint8Array[] = [];
        let at = 0;
        for (const cut of cuts) {
          pieces.push(message.subarray(at, Math.min(message.length, at + cut)));
          at = Math.min(message.length, at + cut);
        }
        pieces.push(message.subarray(at));
        expect(hexOf(pieces)).toBe(createHash("sha256").update(message).digest("hex"));
      }
    ),
    { seed: 180_4, numRuns: 500 }
  );
});
