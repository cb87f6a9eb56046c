"""The domain library: detection, store, intake, reports, exchange. Never imports Qt."""
