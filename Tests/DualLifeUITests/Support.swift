import BundledDataset
import DualLifeModel
import DualLifeUI

enum UI {
  static let dataset: Dataset = {
    do {
      return try Dataset.bundled()
    } catch {
      preconditionFailure("the bundled dataset must load: \(error)")
    }
  }()

  static let environment = UIEnvironment(dataset: dataset)

  static func state(_ view: ViewID = .overview, _ language: Language = .ja, width: Int = 80, height: Int = 24)
    -> AppState
  {
    AppState(view: view, language: language, width: width, height: height)
  }

  /// Applies keys and returns the effects of the last one.
  @discardableResult
  static func press(_ state: inout AppState, _ keys: Key..., environment: UIEnvironment = environment) -> [Effect] {
    var effects: [Effect] = []
    for key in keys { effects = Dashboard.reduce(&state, .key(key), environment) }
    return effects
  }

  static func screen(_ state: AppState, environment: UIEnvironment = environment) -> String {
    Dashboard.render(state, environment).text()
  }
}
