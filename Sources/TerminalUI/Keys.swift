// Keys and mouse events as values, and key bindings as data: a binding names its keys, the command it stands for
// and its help words, so the dispatch, the footers, the help screen and the documentation read the same list.

public enum Key: Sendable, Hashable {
  case character(Character)
  /// Ctrl plus a letter, e.g. .control("c") for Ctrl-C.
  case control(Character)
  case up, down, left, right
  case pageUp, pageDown, home, end
  case enter, escape, backspace, delete, tab, backTab
}

public enum MouseEvent: Sendable, Hashable {
  case click(x: Int, y: Int)
  case wheelUp(x: Int, y: Int)
  case wheelDown(x: Int, y: Int)
}

/// A pair of words for the two interface languages.
public struct Phrase: Sendable, Hashable {
  public let ja: String
  public let en: String

  public init(_ ja: String, _ en: String) {
    self.ja = ja
    self.en = en
  }

  public func text(japanese: Bool) -> String { japanese ? ja : en }
}

/// Which keys a binding answers to.
public enum KeyPattern: Sendable, Hashable {
  case key(Key)
  /// Any printable character (text typed into a field).
  case anyCharacter
  /// 0–9.
  case digit

  public func matches(_ key: Key) -> Bool {
    switch self {
    case .key(let k): return k == key
    case .anyCharacter:
      if case .character = key { return true }
      return false
    case .digit:
      if case .character(let c) = key { return c.isASCII && c.isNumber }
      return false
    }
  }
}

/// One key binding: the keys, what they do, and how the help and footers name them.
public struct KeyBinding<Command: Sendable & Hashable>: Sendable, Hashable {
  public let patterns: [KeyPattern]
  public let command: Command
  /// How the keys are written in the help screen and the documentation ("↑ ↓  j k"; "マウス" / "mouse").
  public let keyNames: Phrase
  /// The keys' names in English, as the documentation writes them.
  public var keys: String { keyNames.en }
  /// The short form for the footer ("↑↓"); nil keeps the binding out of the footer.
  public let footerKeys: String?
  /// What the keys do, in the footer (short) and in the help (a sentence).
  public let footer: Phrase?
  public let help: Phrase

  public init(
    _ patterns: [KeyPattern], _ command: Command, keys: String, help: Phrase, footerKeys: String? = nil,
    footer: Phrase? = nil
  ) {
    self.init(patterns, command, keyNames: Phrase(keys, keys), help: help, footerKeys: footerKeys, footer: footer)
  }

  public init(
    _ patterns: [KeyPattern], _ command: Command, keyNames: Phrase, help: Phrase, footerKeys: String? = nil,
    footer: Phrase? = nil
  ) {
    self.patterns = patterns
    self.command = command
    self.keyNames = keyNames
    self.help = help
    self.footerKeys = footer == nil ? nil : (footerKeys ?? keyNames.en)
    self.footer = footer
  }

  public func matches(_ key: Key) -> Bool { patterns.contains { $0.matches(key) } }
}

/// An ordered list of bindings: the first one that matches a key wins.
public struct KeyMap<Command: Sendable & Hashable>: Sendable, Hashable {
  public let bindings: [KeyBinding<Command>]

  public init(_ bindings: [KeyBinding<Command>]) {
    self.bindings = bindings
  }

  public init(_ groups: [[KeyBinding<Command>]]) {
    bindings = groups.flatMap { $0 }
  }

  public func binding(for key: Key) -> KeyBinding<Command>? {
    bindings.first { $0.matches(key) }
  }
}
