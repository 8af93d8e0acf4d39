;; The prefilter's search (see src/scan/read.ts) in one pass of WebAssembly SIMD: every needle
;; at once, where Buffer.indexOf makes one pass per needle. scripts/build-wasm.mjs compiles it
;; to src/scan/prefilter-wasm.ts. A block of 16 positions is kept when, at some position, a
;; needle's first byte and its last byte both match; each such position is then compared whole.
;; Needles: k3s, ke2r, ainerd, AINERD, rfor (after +, - or %2B/%2b) and #cloud-config.
(module
  (memory (export "memory") 1)
  ;; 1: a needle at pos settles it; 2: #cloud-config at pos; 0: nothing. start: where the bytes begin.
  (func $check (param $pos i32) (param $start i32) (param $end i32) (result i32)
    (local $room i32) (local $b i32)
    (local.set $room (i32.sub (local.get $end) (local.get $pos)))
    ;; k3s
    (if (i32.ge_u (local.get $room) (i32.const 3))
      (then (if (i32.and (i32.eq (i32.load16_u (local.get $pos)) (i32.const 0x336b))
                         (i32.eq (i32.load8_u offset=2 (local.get $pos)) (i32.const 0x73)))
              (then (return (i32.const 1))))))
    (if (i32.ge_u (local.get $room) (i32.const 4))
      (then
        ;; ke2r
        (if (i32.eq (i32.load (local.get $pos)) (i32.const 0x7232656b))
          (then (return (i32.const 1))))
        ;; rfor, with +, - or %2B/%2b before it
        (if (i32.and (i32.eq (i32.load (local.get $pos)) (i32.const 0x726f6672))
                     (i32.gt_u (local.get $pos) (local.get $start)))
          (then
            (local.set $b (i32.load8_u (i32.sub (local.get $pos) (i32.const 1))))
            (if (i32.or (i32.eq (local.get $b) (i32.const 0x2b)) (i32.eq (local.get $b) (i32.const 0x2d)))
              (then (return (i32.const 1))))
            (if (i32.and
                  (i32.or (i32.eq (local.get $b) (i32.const 0x42)) (i32.eq (local.get $b) (i32.const 0x62)))
                  (i32.gt_u (i32.sub (local.get $pos) (i32.const 1)) (local.get $start)))
              (then
                (if (i32.eq (i32.load8_u (i32.sub (local.get $pos) (i32.const 2))) (i32.const 0x32))
                  (then (return (i32.const 1))))))))))
    (if (i32.ge_u (local.get $room) (i32.const 6))
      (then
        ;; ainerd
        (if (i32.and (i32.eq (i32.load (local.get $pos)) (i32.const 0x656e6961))
                     (i32.eq (i32.load16_u offset=4 (local.get $pos)) (i32.const 0x6472)))
          (then (return (i32.const 1))))
        ;; AINERD
        (if (i32.and (i32.eq (i32.load (local.get $pos)) (i32.const 0x454e4941))
                     (i32.eq (i32.load16_u offset=4 (local.get $pos)) (i32.const 0x4452)))
          (then (return (i32.const 1))))))
    ;; #cloud-config
    (if (i32.ge_u (local.get $room) (i32.const 13))
      (then
        (if (i32.and
              (i64.eq (i64.load (local.get $pos)) (i64.const 0x632d64756f6c6323))
              (i32.and (i32.eq (i32.load offset=8 (local.get $pos)) (i32.const 0x69666e6f))
                       (i32.eq (i32.load8_u offset=12 (local.get $pos)) (i32.const 0x67))))
          (then (return (i32.const 2))))))
    (i32.const 0))

  (func (export "scan") (param $start i32) (param $len i32) (result i32)
    (local $i i32) (local $end i32) (local $stop i32) (local $p i32)
    (local $b0 v128) (local $m v128) (local $mask i32) (local $r i32) (local $cloud i32)
    (local.set $end (i32.add (local.get $start) (local.get $len)))
    (local.set $i (local.get $start))
    ;; blocks of 16 while the furthest load (12 on from the block's last byte) stays inside
    (local.set $stop (i32.sub (local.get $end) (i32.const 28)))
    (block $blocks_done
      (loop $blocks
        (br_if $blocks_done (i32.gt_s (local.get $i) (local.get $stop)))
        (local.set $b0 (v128.load (local.get $i)))
        (local.set $m
          (v128.or
            (v128.or
              (v128.and (i8x16.eq (local.get $b0) (i8x16.splat (i32.const 0x6b)))
                        (v128.or (i8x16.eq (v128.load offset=3 (local.get $i)) (i8x16.splat (i32.const 0x72)))
                                 (i8x16.eq (v128.load offset=2 (local.get $i)) (i8x16.splat (i32.const 0x73)))))
              (v128.and (i8x16.eq (local.get $b0) (i8x16.splat (i32.const 0x72)))
                        (i8x16.eq (v128.load offset=3 (local.get $i)) (i8x16.splat (i32.const 0x72)))))
            (v128.or
              (v128.or
                (v128.and (i8x16.eq (local.get $b0) (i8x16.splat (i32.const 0x61)))
                          (i8x16.eq (v128.load offset=5 (local.get $i)) (i8x16.splat (i32.const 0x64))))
                (v128.and (i8x16.eq (local.get $b0) (i8x16.splat (i32.const 0x41)))
                          (i8x16.eq (v128.load offset=5 (local.get $i)) (i8x16.splat (i32.const 0x44)))))
              (v128.and (i8x16.eq (local.get $b0) (i8x16.splat (i32.const 0x23)))
                        (i8x16.eq (v128.load offset=12 (local.get $i)) (i8x16.splat (i32.const 0x67)))))))
        (if (v128.any_true (local.get $m))
          (then
            (local.set $mask (i8x16.bitmask (local.get $m)))
            (loop $bits
              (local.set $p (i32.add (local.get $i) (i32.ctz (local.get $mask))))
              (local.set $r (call $check (local.get $p) (local.get $start) (local.get $end)))
              (if (i32.eq (local.get $r) (i32.const 1)) (then (return (i32.const 1))))
              (if (i32.eq (local.get $r) (i32.const 2)) (then (local.set $cloud (i32.const 1))))
              (local.set $mask (i32.and (local.get $mask) (i32.sub (local.get $mask) (i32.const 1))))
              (br_if $bits (local.get $mask)))))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $blocks)))
    ;; the rest, byte by byte
    (block $tail_done
      (loop $tail
        (br_if $tail_done (i32.ge_u (local.get $i) (local.get $end)))
        (local.set $r (call $check (local.get $i) (local.get $start) (local.get $end)))
        (if (i32.eq (local.get $r) (i32.const 1)) (then (return (i32.const 1))))
        (if (i32.eq (local.get $r) (i32.const 2)) (then (local.set $cloud (i32.const 1))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $tail)))
    (select (i32.const 2) (i32.const 0) (local.get $cloud)))
)
