// The generated bundledDatasetJSON.swift and bundledGlossaryJSON.swift (see Plugins/EmbedAssetPlugin) are compiled
// into this module.
