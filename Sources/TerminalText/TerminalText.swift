// TerminalText: how much room text takes in a terminal, and how to fit it there.
//
//  DisplayWidth.swift  cells per grapheme cluster, pinned to glibc's wcwidth (WidthTable.swift, generated)
//  Kinsoku.swift       the JIS X 4051 classes of characters that must not start or end a line
//  LineBreaker.swift   wrapping Japanese, English and mixed text into lines of at most N cells
//  Truncation.swift    cutting text to N cells with an ellipsis
//  Clusters.swift      walking grapheme clusters without Swift's segmentation where it cannot matter
//
// The module knows nothing of the dataset or of terminals; it imports neither Foundation nor the C library,
// so it behaves the same in the UI, the tests and the benchmarks.
