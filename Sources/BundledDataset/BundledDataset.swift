// The generated bundledDatasetJSON.swift, bundledGlossaryJSON.swift and bundledPolicyContextJSON.swift (see
// Plugins/EmbedAssetPlugin) are compiled into this module.
