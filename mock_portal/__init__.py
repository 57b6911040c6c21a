"""Mock of Beijing's 灵活就业人员社会保险缴费申报与变更 online service, its identity platform and SMS outbox."""
