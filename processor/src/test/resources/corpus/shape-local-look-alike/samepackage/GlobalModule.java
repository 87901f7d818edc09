package samepackage;

public @interface GlobalModule {}
