package dev.slotscope.cpython;

/**
 * {@code hash(str)} as CPython computes it with {@code PYTHONHASHSEED=0} (no randomisation, a
 * zero key): SipHash over the string's internal representation, 1, 2 or 4 bytes per character
 * ({@code Python/pyhash.c}). Up to 3.10 that is SipHash-2-4; from 3.11 SipHash-1-3.
 */
final class StringHash {
    private StringHash() {
    }

    static long of(String s, CPythonVersion version) {
        byte[] data = representation(s);
        if (data.length == 0) {
            return 0;
        }
        long x = version.minor() >= 11 ? sip(data, 1, 3) : sip(data, 2, 4);
        return x == -1 ? -2 : x;
    }

    /** PEP 393: the narrowest of Latin-1, UCS-2 and UCS-4 that holds every character, little-endian. */
    private static byte[] representation(String s) {
        int[] cps = s.codePoints().toArray();
        int max = 0;
        for (int cp : cps) {
            max = Math.max(max, cp);
        }
        int kind = max <= 0xFF ? 1 : max <= 0xFFFF ? 2 : 4;
        byte[] out = new byte[cps.length * kind];
        for (int i = 0; i < cps.length; i++) {
            for (int b = 0; b < kind; b++) {
                out[i * kind + b] = (byte) (cps[i] >>> (8 * b));
            }
        }
        return out;
    }

    private static long sip(byte[] in, int compressionRounds, int finalRounds) {
        long[] v = {0x736f6d6570736575L, 0x646f72616e646f6dL, 0x6c7967656e657261L, 0x7465646279746573L};
        int blocks = in.length / 8;
        for (int i = 0; i < blocks; i++) {
            long m = word(in, i * 8, 8);
            v[3] ^= m;
            rounds(v, compressionRounds);
            v[0] ^= m;
        }
        long b = ((long) in.length << 56) | word(in, blocks * 8, in.length - blocks * 8);
        v[3] ^= b;
        rounds(v, compressionRounds);
        v[0] ^= b;
        v[2] ^= 0xff;
        rounds(v, finalRounds);
        return v[0] ^ v[1] ^ v[2] ^ v[3];
    }

    private static long word(byte[] in, int from, int length) {
        long w = 0;
        for (int i = 0; i < length; i++) {
            w |= (in[from + i] & 0xFFL) << (8 * i);
        }
        return w;
    }

    private static void rounds(long[] v, int count) {
        for (int r = 0; r < count; r++) {
            v[0] += v[1];
            v[2] += v[3];
            v[1] = Long.rotateLeft(v[1], 13) ^ v[0];
            v[3] = Long.rotateLeft(v[3], 16) ^ v[2];
            v[0] = Long.rotateLeft(v[0], 32);
            v[2] += v[1];
            v[0] += v[3];
            v[1] = Long.rotateLeft(v[1], 17) ^ v[2];
            v[3] = Long.rotateLeft(v[3], 21) ^ v[0];
            v[2] = Long.rotateLeft(v[2], 32);
        }
    }
}
