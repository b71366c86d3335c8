"""The production front: nginx before the app processes, its page, snapshots and the local stack."""
