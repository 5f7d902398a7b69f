# init texts
