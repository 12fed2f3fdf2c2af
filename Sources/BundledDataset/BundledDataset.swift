// The generated BundledDatasetJSON.swift (see Plugins/EmbedAssetPlugin) is compiled into this module.
